using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;
using Polis.Citizens.EServices.Api;
using Polis.Citizens.EServices.Attachments;
using Polis.Citizens.Reports.Photos;

namespace Polis.Citizens.Tests.EServices;

/// <summary>A submission as the endpoint receives it (a parsed multipart form), checked in full and stored all or nothing in a real SQLite file.</summary>
public sealed class EServiceSubmissionsTests : IDisposable
{
    private const string Answers = """{"serviceCode": "building-permit", "answers": {"address": "Vestergade 3", "floors": 2, "use": "home"}}""";

    private readonly EServicesDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(EServiceSamples.Now);
    private readonly EServiceSubmissions _submissions;

    public EServiceSubmissionsTests() =>
        _submissions = new EServiceSubmissions(_db.Catalogue, _db.Requests, new AttachmentIntake(new AttachmentInspector(new PhotoSanitiser(new PhotoOptions()))), _clock);

    [Fact]
    public async Task Submit_ValidFormAndPdf_CreatedWithReference()
    {
        await _db.AddAsync(EServiceSamples.Permit());

        var result = await SubmitAsync(Answers, ("site-plan", "plan.pdf", TestDocuments.Pdf()));

        var created = Assert.IsType<Created<EServiceRequestResponse>>(result.Result);
        Assert.Equal(("ES-2026-000001", "submitted"), (created.Value!.Reference, created.Value.Status));
        Assert.Equal(1, _db.Scalar("SELECT COUNT(*) FROM citizens_eservice_attachments"));
    }

    [Fact]
    public async Task Submit_OneBadAttachmentAmongGoodOnes_StoresNothingAndListsEveryFault()
    {
        await _db.AddAsync(EServiceSamples.Permit());

        var result = await SubmitAsync(
            """{"serviceCode": "building-permit", "answers": {"floors": "many", "use": "castle"}}""",
            ("site-plan", "plan.pdf", TestDocuments.Executable()), ("photo", "site.png", TestDocuments.Pdf()), ("deeds", "deeds.pdf", TestDocuments.Pdf()));

        var problem = Assert.IsType<ValidationProblem>(result.Result);
        Assert.Equal(["answers.address", "answers.floors", "answers.use", "attachments.deeds", "attachments.photo", "attachments.site-plan"],
            problem.ProblemDetails.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM citizens_eservice_requests"));
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM citizens_eservice_attachments"));
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM citizens_eservice_history"));
    }

    [Fact]
    public async Task Submit_RequiredAttachmentMissing_Refused()
    {
        await _db.AddAsync(EServiceSamples.Permit());

        var problem = Assert.IsType<ValidationProblem>((await SubmitAsync(Answers)).Result);

        Assert.Equal("'site-plan' is required (pdf).", problem.ProblemDetails.Errors["attachments.site-plan"][0]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"serviceCode": "unknown"}""")]
    public async Task Submit_NoUsableRequestPart_RefusedNamingTheField(string json)
    {
        await _db.AddAsync(EServiceSamples.Permit());

        var problem = Assert.IsType<ValidationProblem>((await SubmitAsync(json, ("site-plan", "plan.pdf", TestDocuments.Pdf()))).Result);

        Assert.Single(problem.ProblemDetails.Errors.Keys, k => k is "request" or "serviceCode");
    }

    [Fact]
    public async Task Submit_Appointment_SlotRulesAndCapacity()
    {
        await _db.AddAsync(EServiceSamples.Appointment());
        const string Base = """{"serviceCode": "passport-appointment"%SLOT%}""";

        var noSlot = Assert.IsType<ValidationProblem>((await SubmitAsync(Base.Replace("%SLOT%", string.Empty, StringComparison.Ordinal))).Result);
        var unknown = Assert.IsType<ValidationProblem>((await SubmitAsync(Base.Replace("%SLOT%", ", \"slotId\": \"sun-7\"", StringComparison.Ordinal))).Result);
        Assert.IsType<Created<EServiceRequestResponse>>((await SubmitAsync(Base.Replace("%SLOT%", ", \"slotId\": \"mon-10\"", StringComparison.Ordinal))).Result);
        var full = Assert.IsType<ProblemHttpResult>((await SubmitAsync(Base.Replace("%SLOT%", ", \"slotId\": \"mon-10\"", StringComparison.Ordinal))).Result);
        _clock.Advance(TimeSpan.FromDays(8));
        var past = Assert.IsType<ValidationProblem>((await SubmitAsync(Base.Replace("%SLOT%", ", \"slotId\": \"mon-9\"", StringComparison.Ordinal))).Result);

        Assert.Contains("slotId is required", noSlot.ProblemDetails.Errors["slotId"][0], StringComparison.Ordinal);
        Assert.True(unknown.ProblemDetails.Errors.ContainsKey("slotId"));
        Assert.Equal((409, "Slot full"), (full.ProblemDetails.Status, full.ProblemDetails.Title));
        Assert.Contains("choose a later one", past.ProblemDetails.Errors["slotId"][0], StringComparison.Ordinal);
        Assert.Equal(1, _db.Scalar("SELECT COUNT(*) FROM citizens_eservice_requests"));
    }

    public void Dispose() => _db.Dispose();

    private Task<Results<Created<EServiceRequestResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(string json, params (string Name, string FileName, byte[] Content)[] files)
    {
        var collection = new FormFileCollection();
        collection.AddRange(files.Select(f => new FormFile(new MemoryStream(f.Content), 0, f.Content.Length, f.Name, f.FileName)));
        var form = new FormCollection(new Dictionary<string, StringValues> { ["request"] = json }, collection);
        return _submissions.SubmitAsync(form, "resident-1", "resident-1@residents.test", CancellationToken.None);
    }
}
