using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// An appointment service over HTTP: residents book its published slots; six residents asking at once for a slot of two
/// places get exactly two bookings, the others a 409 with nothing stored; the catalogue shows the free places left.
/// </summary>
[Collection(EServicePolis.Name)]
public sealed class EServiceAppointmentTests(EServiceFixture fixture)
{
    private readonly EServiceClient _client = fixture.Client;

    [Fact]
    public async Task Appointment_ConcurrentBookings_NeverExceedTheSlotsCapacity()
    {
        var code = "passport-" + Guid.NewGuid().ToString("N")[..8];
        var day = DateTimeOffset.UtcNow.Date.AddDays(7);
        await fixture.Admin.PostCreatedAsync("/api/v1/citizens/eservices", new
        {
            code,
            name = "Passport appointment",
            kind = "appointment",
            department = "citizen-service",
            processingDays = 1,
            form = new object[] { new { code = "reason", datatype = "string", required = true, order = 1 } },
            attachments = Array.Empty<object>(),
            slots = new[]
            {
                new { id = "mon-0900", startsAt = day.AddHours(9), endsAt = day.AddHours(9.5), capacity = 2 },
                new { id = "mon-0930", startsAt = day.AddHours(9.5), endsAt = day.AddHours(10), capacity = 5 },
            },
        });
        var residents = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => _client.ResidentAsync($"booker{i}")));
        try
        {
            var before = await _client.CountRequestsAsync();
            var json = $$"""{"serviceCode": "{{code}}", "answers": {"reason": "new passport"}, "slotId": "mon-0900"}""";
            var answers = await Task.WhenAll(residents.Select(r => EServiceClient.SubmitAsync(r, json)));

            Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
            Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
            Assert.Equal(before + 2, await _client.CountRequestsAsync());
            var service = (await residents[0].Http.GetFromJsonAsync<JsonObject>($"/api/v1/me/eservices/{code}"))!;
            var slots = service["slots"]!.AsArray();
            Assert.Equal(0, slots.Single(s => (string?)s!["id"] == "mon-0900")!["remaining"]!.GetValue<int>());
            Assert.Equal(5, slots.Single(s => (string?)s!["id"] == "mon-0930")!["remaining"]!.GetValue<int>());

            // An unknown slot is refused with problem details naming it.
            var unknown = await EServiceClient.SubmitAsync(residents[5], json.Replace("mon-0900", "sun-2300", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Contains("sun-2300", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var resident in residents)
            {
                resident.Dispose();
            }
        }
    }
}
