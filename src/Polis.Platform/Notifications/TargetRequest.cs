using Polis.Platform.Alarms;

namespace Polis.Platform.Notifications;

/// <summary>Body of POST/PUT /api/v1/notifications/targets; empty filter lists match everything.</summary>
public sealed record TargetRequest(
    string? Name,
    string? Url,
    bool? Enabled,
    List<AlarmSeverity>? Severities,
    List<string>? ProfileIds,
    List<string>? Districts,
    List<AlarmChange>? Changes)
{
    public (NotificationTarget? Target, Dictionary<string, string[]> Errors) ToTarget(Guid id)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }

        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors["url"] = ["An absolute http or https URL is required."];
        }

        if ((ProfileIds?.Count ?? 0) > 100 || (Districts?.Count ?? 0) > 100)
        {
            errors["filters"] = ["At most 100 profiles and 100 districts."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new NotificationTarget(id, Name!.Trim(), uri!, Enabled ?? true, Severities ?? [], ProfileIds ?? [], Districts ?? [], Changes ?? []), errors);
    }
}
