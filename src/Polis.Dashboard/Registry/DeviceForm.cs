using System.Globalization;
using Polis.Platform.Devices.Api;

namespace Polis.Dashboard.Registry;

/// <summary>
/// The create-device form as typed. It becomes the API's <see cref="DeviceRequest"/>, so the checks are the API's;
/// only what the API cannot see (a coordinate that is not a number, an attribute line without '=') is caught here.
/// </summary>
public sealed class DeviceForm
{
    public string? Id { get; set; }

    public string? ProfileId { get; set; }

    public string? Name { get; set; }

    public string? District { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    /// <summary>Comma-separated.</summary>
    public string? Labels { get; set; }

    /// <summary>One <c>key=value</c> a line.</summary>
    public string? Attributes { get; set; }

    public (DeviceRequest Request, Dictionary<string, string[]> Errors) ToRequest()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        GeoJsonPoint? location = null;
        if (!string.IsNullOrWhiteSpace(Latitude) || !string.IsNullOrWhiteSpace(Longitude))
        {
            if (double.TryParse(Longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) &&
                double.TryParse(Latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
            {
                location = new GeoJsonPoint("Point", [lon, lat]);
            }
            else
            {
                errors["location"] = ["Latitude and longitude must both be decimal numbers (e.g. 48.2082 and 16.3738)."];
            }
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (Attributes ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                errors["attributes"] = [$"Write one key=value a line; '{line}' has no key."];
                continue;
            }

            attributes[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }

        var labels = (Labels ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var request = new DeviceRequest(
            string.IsNullOrWhiteSpace(Id) ? null : Id.Trim(),
            ProfileId,
            Name,
            District,
            location,
            attributes.Count == 0 ? null : attributes,
            labels.Count == 0 ? null : labels,
            AccessToken: null);
        return (request, errors);
    }
}
