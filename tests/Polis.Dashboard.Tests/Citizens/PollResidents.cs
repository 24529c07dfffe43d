using System.Net;
using System.Net.Http.Json;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Citizens;

/// <summary>Residents for the poll pages, made through the real API: registered, optionally verified by the admin, signed in.</summary>
internal sealed class PollResidents(PolisProcess polis, PolisApi admin)
{
    public const string Password = "Resident-password-1";

    public async Task<(string Email, PolisApi Api)> CreateAsync(string name, string? district, string birthDate = "1980-05-17")
    {
        using var anonymous = new HttpClient { BaseAddress = polis.BaseAddress };
        var email = $"{name}-{Guid.NewGuid():N}@residents.example";
        var registered = await anonymous.PostAsJsonAsync("/api/v1/citizens/residents/register", new { email, password = Password, displayName = name });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var resident = await PolisApi.SignInAsync(polis, email, Password);
        if (district is not null)
        {
            var userId = (await resident.GetJsonAsync("/api/v1/me/profile"))["userId"]!.GetValue<string>();
            var verified = await admin.Http.PostAsJsonAsync($"/api/v1/citizens/residents/{userId}/verification", new { districtId = district, birthDate });
            Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        }

        return (email, resident);
    }
}
