using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.EServices.Requests;

namespace Polis.Citizens.Tests.EServices;

public sealed class SqliteEServiceStoreTests : IDisposable
{
    private readonly EServicesDatabase _db = new();

    [Fact]
    public async Task Catalogue_CreateReadUpdate_RoundTripsTheWholeDefinition()
    {
        var permit = await _db.AddAsync(EServiceSamples.Permit());
        var appointment = await _db.AddAsync(EServiceSamples.Appointment());
        Assert.False(await _db.Catalogue.CreateAsync(new StoredEService(permit, EServiceSamples.Now, EServiceSamples.Now, "again")));

        var read = (await _db.Catalogue.GetAsync(permit.Code))!.Service;
        Assert.Equal((permit.Code, permit.Kind, permit.ProcessingDays), (read.Code, read.Kind, read.ProcessingDays));
        Assert.Equal(permit.Form, read.Form, (a, b) => a.Code == b.Code && a.Datatype == b.Datatype && a.Required == b.Required && (a.Values ?? []).SequenceEqual(b.Values ?? []));
        Assert.Equal(permit.Attachments.Select(a => (a.Name, string.Join(",", a.AllowedTypes), a.Required)), read.Attachments.Select(a => (a.Name, string.Join(",", a.AllowedTypes), a.Required)));
        Assert.Equal(appointment.Slots, (await _db.Catalogue.GetAsync(appointment.Code))!.Service.Slots);

        Assert.True(await _db.Catalogue.UpdateAsync(new StoredEService(permit with { Active = false }, EServiceSamples.Now, EServiceSamples.Now.AddHours(1), "admin")));
        Assert.Equal([appointment.Code], (await _db.Catalogue.ListAsync(includeInactive: false)).Select(s => s.Service.Code));
        Assert.Equal(2, (await _db.Catalogue.ListAsync(includeInactive: true)).Count);
        Assert.False(await _db.Catalogue.UpdateAsync(new StoredEService(permit with { Code = "nope" }, EServiceSamples.Now, EServiceSamples.Now, "admin")));
    }

    [Fact]
    public async Task Submit_WithAttachments_StoresRequestFilesAndHistoryWithAReference()
    {
        var permit = await _db.AddAsync(EServiceSamples.Permit());
        var pdf = TestDocuments.Pdf();

        var stored = await _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(permit), [new NewAttachment("site-plan", "plan.pdf", "application/pdf", pdf)]);
        var second = await _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(permit, "resident-2"), []);

        Assert.Equal("ES-2026-000001", stored!.Reference);
        Assert.Equal("ES-2026-000002", second!.Reference);
        var read = (await _db.Requests.GetAsync(stored.Id))!;
        Assert.Equal((EServiceRequestStatus.Submitted, "planning", "resident-1"), (read.Status, read.Department, read.ResidentUserId));
        Assert.Equal(["garage", "shed"], read.Answers["extras"]);
        var attachment = Assert.Single(await _db.Requests.ListAttachmentsAsync(stored.Id));
        Assert.Equal(("site-plan", "plan.pdf", (long)pdf.Length), (attachment.Rule, attachment.FileName, attachment.Size));
        Assert.Equal(pdf, (await _db.Requests.GetAttachmentAsync(stored.Id, attachment.Id))!.Value.Content);
        Assert.Null(await _db.Requests.GetAttachmentAsync(second.Id, attachment.Id));
        var entry = Assert.Single(await _db.Requests.ListHistoryAsync(stored.Id));
        Assert.Equal((EServiceHistoryKind.Submitted, "resident-1@residents.test", (EServiceRequestStatus?)null), (entry.Kind, entry.Actor, entry.OldStatus));
    }

    [Fact]
    public async Task Query_FiltersByServiceStatusDepartmentAndResident_NewestFirst()
    {
        var permit = await _db.AddAsync(EServiceSamples.Permit());
        var appointment = await _db.AddAsync(EServiceSamples.Appointment());
        var a = await _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(permit, "ada"), []);
        var b = await _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(appointment, "bo", "mon-9", 3), []);
        await _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(permit, "bo") with { SubmittedAt = EServiceSamples.Now.AddMinutes(1) }, []);
        await ChangeAsync(a!.Id, EServiceRequestStatus.InReview);

        Assert.Equal([3L, 2, 1], (await _db.Requests.QueryAsync(new EServiceRequestQuery())).Select(r => r.Id));
        Assert.Equal([3L, 1], (await _db.Requests.QueryAsync(new EServiceRequestQuery(ServiceCode: permit.Code))).Select(r => r.Id));
        Assert.Equal([1L], (await _db.Requests.QueryAsync(new EServiceRequestQuery(Status: EServiceRequestStatus.InReview))).Select(r => r.Id));
        Assert.Equal([b!.Id], (await _db.Requests.QueryAsync(new EServiceRequestQuery(Department: "citizen-service"))).Select(r => r.Id));
        Assert.Equal([3L, 2], (await _db.Requests.QueryAsync(new EServiceRequestQuery(ResidentUserId: "bo"))).Select(r => r.Id));
        Assert.Equal([2L], (await _db.Requests.QueryAsync(new EServiceRequestQuery(Offset: 1, Limit: 1))).Select(r => r.Id));
    }

    [Fact]
    public async Task Change_Allowed_WritesStatusHistoryAndAttachmentsTogether()
    {
        var permit = await _db.AddAsync(EServiceSamples.Permit());
        var request = (await _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(permit), []))!;
        await ChangeAsync(request.Id, EServiceRequestStatus.InReview);
        await ChangeAsync(request.Id, EServiceRequestStatus.NeedsInformation, "Please add the site plan.");

        var answer = await _db.Requests.ChangeAsync(new EServiceChange(request.Id, EServiceSamples.Now.AddHours(2), "resident-1@residents.test", EServiceHistoryKind.Information,
            from => EServiceDecision.Of(EServiceWorkflow.AnswerInformation(from, true, 1), EServiceRequestStatus.InReview), "Here it is.", true,
            [new NewAttachment("site-plan", "plan.pdf", "application/pdf", TestDocuments.Pdf())], "resident-1"));

        Assert.Equal((EServiceRequestStatus.NeedsInformation, EServiceRequestStatus.InReview), (answer.Entry!.OldStatus, answer.Entry.NewStatus));
        Assert.Equal(EServiceRequestStatus.InReview, (await _db.Requests.GetAsync(request.Id))!.Status);
        Assert.Single(await _db.Requests.ListAttachmentsAsync(request.Id));
        Assert.Equal([EServiceHistoryKind.Submitted, EServiceHistoryKind.Status, EServiceHistoryKind.Status, EServiceHistoryKind.Information],
            (await _db.Requests.ListHistoryAsync(request.Id)).Select(e => e.Kind));
    }

    [Fact]
    public async Task Change_RefusedOrAnotherResidents_WritesNothing()
    {
        var permit = await _db.AddAsync(EServiceSamples.Permit());
        var request = (await _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(permit), []))!;

        var refused = await ChangeAsync(request.Id, EServiceRequestStatus.Approved);
        var foreign = await _db.Requests.ChangeAsync(new EServiceChange(request.Id, EServiceSamples.Now, "mallory", EServiceHistoryKind.Withdrawn,
            from => EServiceDecision.Of(EServiceWorkflow.Withdraw(from), EServiceRequestStatus.Withdrawn), null, true,
            [new NewAttachment("site-plan", "x.pdf", "application/pdf", TestDocuments.Pdf())], "mallory"));
        var missing = await ChangeAsync(999, EServiceRequestStatus.InReview);

        Assert.Equal((EServiceWorkflowRefusal.NotAllowed, EServiceRequestStatus.Submitted), (refused.Refusal, refused.From));
        Assert.False(foreign.Found);
        Assert.False(missing.Found);
        Assert.Equal(EServiceRequestStatus.Submitted, (await _db.Requests.GetAsync(request.Id))!.Status);
        Assert.Single(await _db.Requests.ListHistoryAsync(request.Id));
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM citizens_eservice_attachments"));
    }

    [Fact]
    public async Task Submit_ConcurrentBookings_NeverExceedTheSlotsCapacity()
    {
        const int Capacity = 5;
        var appointment = await _db.AddAsync(EServiceSamples.Appointment(Capacity));

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            Task.Run(() => _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(appointment, $"resident-{i}", "mon-9", Capacity), []))));

        Assert.Equal(Capacity, results.Count(r => r is not null));
        Assert.Equal(Capacity, _db.Scalar("SELECT COUNT(*) FROM citizens_eservice_requests WHERE slot_id = 'mon-9'"));
        Assert.Equal(Capacity, (await _db.Requests.CountBookingsAsync(appointment.Code))["mon-9"]);
        Assert.Equal(Capacity, results.Where(r => r is not null).Select(r => r!.Reference).Distinct().Count());
    }

    [Fact]
    public async Task Submit_WithdrawnBookingFreesItsPlace()
    {
        var appointment = await _db.AddAsync(EServiceSamples.Appointment());
        var first = await _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(appointment, "ada", "mon-10", 1), []);
        Assert.Null(await _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(appointment, "bo", "mon-10", 1), []));

        await _db.Requests.ChangeAsync(new EServiceChange(first!.Id, EServiceSamples.Now, "ada", EServiceHistoryKind.Withdrawn,
            from => EServiceDecision.Of(EServiceWorkflow.Withdraw(from), EServiceRequestStatus.Withdrawn), null, true, [], "ada"));

        Assert.NotNull(await _db.Requests.SubmitAsync(EServicesDatabase.NewRequest(appointment, "bo", "mon-10", 1), []));
    }

    public void Dispose() => _db.Dispose();

    private Task<EServiceChangeOutcome> ChangeAsync(long id, EServiceRequestStatus to, string? reason = null) =>
        _db.Requests.ChangeAsync(new EServiceChange(id, EServiceSamples.Now.AddHours(1), "officer@city.test", EServiceHistoryKind.Status,
            from => EServiceDecision.Of(EServiceWorkflow.StaffChange(from, to, reason), to), reason, true, []));
}
