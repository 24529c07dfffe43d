using Polis.Citizens.Residents;

namespace Polis.Citizens.Polls;

/// <summary>Whether a verified resident may vote in a poll: district and age on the poll's opening day (in the city's zone).</summary>
public static class Eligibility
{
    /// <summary>Null when <paramref name="profile"/> is eligible, else why not (shown to the resident).</summary>
    public static string? Refusal(PollDefinition poll, ResidentProfile? profile, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(poll);
        if (profile is null)
        {
            return "Only residents verified against the population register can vote; ask city staff to verify your profile.";
        }

        var rules = poll.Eligibility ?? new PollEligibility();
        if (rules.Districts is { Count: > 0 } districts && !districts.Contains(profile.DistrictId, StringComparer.Ordinal))
        {
            return $"This poll is for residents of {string.Join(", ", districts)}; your district is {profile.DistrictId}.";
        }

        var openingDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(poll.OpensAt, zone).Date);
        var age = AgeOn(profile.BirthDate, openingDay);
        if (age < rules.MinimumAge)
        {
            return $"This poll is for residents aged at least {rules.MinimumAge} on its opening day ({openingDay:yyyy-MM-dd}).";
        }

        return age > rules.MaximumAge
            ? $"This poll is for residents aged at most {rules.MaximumAge} on its opening day ({openingDay:yyyy-MM-dd})."
            : null;
    }

    /// <summary>Completed years on <paramref name="day"/>; someone born on 29 February turns a year older on 28 February in common years.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }
}
