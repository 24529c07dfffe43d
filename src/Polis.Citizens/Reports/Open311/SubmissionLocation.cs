using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// The location rules of POST requests: lat and long together (WGS-84, in range, not the 0,0 of a client that sent
/// no fix, and inside the city's districts when it has any), or else an address_string or address_id.
/// </summary>
public static class SubmissionLocation
{
    public const int MaxAddressLength = 500;

    public static async Task<(double? Latitude, double? Longitude, Open311Refusal? Refusal)> CheckAsync(
        Open311Submission submission, DistrictLocator locator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(locator);
        if (submission.AddressString?.Length > MaxAddressLength || submission.AddressId?.Length > MaxAddressLength)
        {
            return Refuse($"address_string and address_id are at most {MaxAddressLength} characters.");
        }

        if (submission.Latitude is null && submission.Longitude is null)
        {
            return submission.AddressString is null && submission.AddressId is null
                ? Refuse("A location is required: lat and long, address_string or address_id.")
                : (null, null, null);
        }

        if (!TryParse(submission.Latitude, out var latitude) || !TryParse(submission.Longitude, out var longitude))
        {
            return Refuse("lat and long must both be given as decimal degrees.");
        }

        if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            return Refuse($"lat must be within -90..90 and long within -180..180 (got {submission.Latitude}, {submission.Longitude}).");
        }

        if (latitude == 0 && longitude == 0)
        {
            return Refuse("lat 0, long 0 is not a location in the city (a device without a position fix sends it).");
        }

        return await locator.IsInCityAsync(latitude, longitude, cancellationToken)
            ? (latitude, longitude, null)
            : Refuse($"lat {submission.Latitude}, long {submission.Longitude} is outside the city's districts.");
    }

    private static bool TryParse(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static (double?, double?, Open311Refusal?) Refuse(string description) => (null, null, new Open311Refusal(StatusCodes.Status400BadRequest, description));
}
