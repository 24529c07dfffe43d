using System.Text.RegularExpressions;

namespace Polis.Platform.Devices;

/// <summary>Field rules for devices; every broken rule is reported, not just the first.</summary>
public static partial class DeviceValidator
{
    public const int MaxLabels = 32;
    public const int MaxAttributes = 100;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")]
    public static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,63}$")]
    private static partial Regex LabelPattern();

    public static Dictionary<string, string[]> Validate(DeviceDraft draft, bool isCreate)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (draft.Id is not null && !IdPattern().IsMatch(draft.Id))
        {
            errors["id"] = ["Ids are 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit."];
        }

        if (string.IsNullOrWhiteSpace(draft.ProfileId))
        {
            errors["profileId"] = ["A profile is required."];
        }

        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Length > 200)
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }

        if (draft.District is { Length: > 100 })
        {
            errors["district"] = ["Districts are at most 100 characters."];
        }

        if (draft.Location is { IsValid: false })
        {
            errors["location"] = ["Coordinates must be [longitude -180..180, latitude -90..90]."];
        }

        if (draft.Labels is { } labels && (labels.Count > MaxLabels || labels.Any(l => !LabelPattern().IsMatch(l))))
        {
            errors["labels"] = [$"At most {MaxLabels} labels of 1 to 64 letters, digits, spaces or ._:/- each."];
        }

        if (draft.Attributes is { } attributes && (attributes.Count > MaxAttributes || attributes.Keys.Any(k => k.Length is 0 or > 128) || attributes.Values.Any(v => v.Length > 4096)))
        {
            errors["attributes"] = [$"At most {MaxAttributes} attributes; keys 1 to 128 characters, values at most 4096."];
        }

        if (draft.AccessToken is not null && (!isCreate || !AccessTokens.IsAcceptable(draft.AccessToken)))
        {
            errors["accessToken"] = [isCreate
                ? "A supplied access token must be 16 to 128 printable ASCII characters without spaces."
                : "Tokens cannot be set on update; rotate them with POST /api/v1/devices/{id}/token."];
        }

        return errors;
    }
}
