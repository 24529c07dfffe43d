namespace Polis.Transit.Realtime.Alerts;

/// <summary>
/// Checks an operator's alert and turns it into the parts of a <see cref="ServiceAlert"/>: enum values from the
/// spec, a non-empty header, texts within bounds, http(s) URLs, one translation per language, periods with start ≤
/// end, and at least one informed entity whose ids exist in the active feed (<see cref="InformedEntityValidator"/>).
/// Errors are keyed by the JSON path of the field, as RFC 7807 validation problems show them.
/// </summary>
public static class ServiceAlertValidator
{
    public const int MaxHeaderLength = 500;
    public const int MaxDescriptionLength = 4000;
    public const int MaxUrlLength = 2000;
    public const int MaxTranslations = 20;
    public const int MaxPeriods = 50;

    /// <summary>The alert with placeholder id and audit fields (the service sets them), or null with <paramref name="errors"/> filled.</summary>
    public static ServiceAlert? Validate(ServiceAlertRequest? request, Timetable.TransitNetwork? network, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (request is null)
        {
            errors["$"] = ["A JSON object describing the alert is required."];
            return null;
        }

        var cause = Enum<AlertCause>(request.Cause, "cause", AlertCause.UnknownCause, errors);
        var effect = Enum<AlertEffect>(request.Effect, "effect", AlertEffect.UnknownEffect, errors);
        var severity = Enum<AlertSeverityLevel>(request.SeverityLevel, "severityLevel", AlertSeverityLevel.UnknownSeverity, errors);
        if (string.IsNullOrWhiteSpace(request.Header))
        {
            errors["header"] = ["A header (the alert's short summary) is required."];
        }

        Text(request.Header, "header", MaxHeaderLength, errors);
        Text(request.Description, "description", MaxDescriptionLength, errors);
        Url(request.Url, "url", errors);
        var translations = Translations(request, errors);
        var entities = InformedEntityValidator.Validate(request.InformedEntities, network, errors);
        var periods = Periods(request.ActivePeriods, errors);
        return errors.Count > 0 ? null : new ServiceAlert(string.Empty, cause, effect, severity, request.Header!.Trim(), Blank(request.Description), Blank(request.Url),
            translations, entities, periods, AlertSource.Operator, string.Empty, default, string.Empty, default);
    }

    private static TEnum Enum<TEnum>(string? text, string field, TEnum fallback, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            return fallback;
        }

        if (AlertEnums.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        errors[field] = [$"'{text}' is not a GTFS-Realtime value; use one of: {AlertEnums.Names<TEnum>()}."];
        return fallback;
    }

    private static List<AlertTranslation> Translations(ServiceAlertRequest request, Dictionary<string, string[]> errors)
    {
        var translations = new List<AlertTranslation>();
        var given = request.Translations ?? [];
        if (given.Count > MaxTranslations)
        {
            errors["translations"] = [$"At most {MaxTranslations} translations."];
            return translations;
        }

        var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < given.Count; i++)
        {
            var path = $"translations[{i}]";
            if (given[i] is not { } translation)
            {
                errors[path] = ["A translation object is required."];
                continue;
            }

            var language = translation.Language?.Trim() ?? string.Empty;
            if (!IsLanguageTag(language))
            {
                errors[$"{path}.language"] = ["A BCP-47 language tag such as 'de' or 'pt-BR' is required."];
            }
            else if (!languages.Add(language))
            {
                errors[$"{path}.language"] = [$"'{language}' is translated twice."];
            }

            if (Blank(translation.Header) is null && Blank(translation.Description) is null && Blank(translation.Url) is null)
            {
                errors[path] = ["Give at least one of header, description and url."];
            }

            Text(translation.Header, $"{path}.header", MaxHeaderLength, errors);
            Text(translation.Description, $"{path}.description", MaxDescriptionLength, errors);
            Url(translation.Url, $"{path}.url", errors);
            Requires(translation.Description, request.Description, $"{path}.description", "description", errors);
            Requires(translation.Url, request.Url, $"{path}.url", "url", errors);
            translations.Add(new AlertTranslation(language, Blank(translation.Header), Blank(translation.Description), Blank(translation.Url)));
        }

        return translations;
    }

    private static List<AlertActivePeriod> Periods(IReadOnlyList<AlertActivePeriodRequest?>? given, Dictionary<string, string[]> errors)
    {
        var periods = new List<AlertActivePeriod>();
        if (given is { Count: > MaxPeriods })
        {
            errors["activePeriods"] = [$"At most {MaxPeriods} active periods."];
            return periods;
        }

        for (var i = 0; i < (given?.Count ?? 0); i++)
        {
            var period = given![i];
            if (period is null)
            {
                errors[$"activePeriods[{i}]"] = ["A period object is required (leave start or end out for an open end)."];
            }
            else if (period.Start > period.End)
            {
                errors[$"activePeriods[{i}]"] = ["The start must not be after the end."];
            }
            else
            {
                periods.Add(new AlertActivePeriod(period.Start, period.End));
            }
        }

        return periods;
    }

    private static void Text(string? text, string field, int max, Dictionary<string, string[]> errors)
    {
        if (text is { Length: > 0 } && text.Length > max)
        {
            errors[field] = [$"At most {max} characters."];
        }
    }

    private static void Url(string? url, string field, Dictionary<string, string[]> errors)
    {
        if (Blank(url) is { } value && (value.Length > MaxUrlLength || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors[field] = [$"An absolute http(s) URL of at most {MaxUrlLength} characters is required."];
        }
    }

    private static void Requires(string? translated, string? original, string field, string originalField, Dictionary<string, string[]> errors)
    {
        if (Blank(translated) is not null && Blank(original) is null)
        {
            errors[field] = [$"Give the default '{originalField}' too: a translation accompanies it."];
        }
    }

    private static bool IsLanguageTag(string tag) =>
        tag.Length is >= 2 and <= 35 && char.IsAsciiLetter(tag[0]) && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
