using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>The steps the e-service tests repeat: define a permit, make a resident, submit multipart, move a request.</summary>
public sealed class EServiceClient(PolisProcess polis, PolisApi admin)
{
    public const string Requests = "/api/v1/citizens/eservice-requests";
    public const string MyRequests = "/api/v1/me/eservice-requests";

    /// <summary>A permit whose form has every Open311 datatype and which needs a site plan as a PDF.</summary>
    public static object Permit(string code) => new
    {
        code,
        name = "Building permit",
        description = "Permission to build or extend a house.",
        kind = "permit",
        department = "planning",
        processingDays = 20,
        form = new object[]
        {
            new { code = "address", datatype = "string", required = true, order = 1, description = "Address of the site" },
            new { code = "floors", datatype = "number", required = true, order = 2 },
            new { code = "start", datatype = "datetime", order = 3 },
            new { code = "works", datatype = "text", order = 4 },
            new { code = "use", datatype = "singlevaluelist", required = true, order = 5, values = new[] { new { key = "home", name = "Home" }, new { key = "shop", name = "Shop" } } },
            new { code = "extras", datatype = "multivaluelist", order = 6, values = new[] { new { key = "garage", name = "Garage" }, new { key = "shed", name = "Shed" } } },
        },
        attachments = new[] { new { name = "site-plan", description = "The site plan", allowedTypes = new[] { "pdf" }, required = true } },
    };

    public static string ValidAnswers(string code) =>
        $$$"""{"serviceCode": "{{{code}}}", "answers": {"address": "Vestergade 3", "floors": 2, "start": "2026-06-01T08:00:00Z", "use": "home", "extras": ["garage", "shed"]}}""";

    public async Task<string> DefinePermitAsync()
    {
        var code = "permit-" + Guid.NewGuid().ToString("N")[..8];
        await admin.PostCreatedAsync("/api/v1/citizens/eservices", Permit(code));
        return code;
    }

    public Task<PolisApi> ResidentAsync(string name) => new PollClient(polis, admin).ResidentAsync(name, district: null, birthDate: null);

    /// <summary>POSTs a multipart body: the given text parts, then each file under its part name with a declared type that is deliberately not trusted.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(PolisApi who, string path, (string Name, string Value)[] fields, params (string Part, string FileName, byte[] Content)[] files)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }

        foreach (var (part, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, part, fileName);
        }

        return await who.Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> SubmitAsync(PolisApi resident, string json, params (string Part, string FileName, byte[] Content)[] files) =>
        PostMultipartAsync(resident, MyRequests, [("request", json)], files);

    public Task<HttpResponseMessage> ChangeStatusAsync(long id, string status, string? reason = null, bool isPublic = true) =>
        admin.Http.PostAsJsonAsync($"{Requests}/{id}/status", new { status, reason, @public = isPublic });

    public async Task<int> CountRequestsAsync() => (await admin.Http.GetFromJsonAsync<JsonArray>($"{Requests}?limit=1000"))!.Count;

    public static long Id(JsonNode node) => node["id"]!.GetValue<long>();

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}, expected {(int)expected}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>A valid one-page PDF with a correct cross-reference table (the same construction as the unit tests').</summary>
    public static byte[] Pdf(string text)
    {
        var stream = $"BT /F1 24 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (body, i) in objects.Select((o, i) => (o, i)))
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static JsonSerializerOptions Json => PolisApi.Json;
}
