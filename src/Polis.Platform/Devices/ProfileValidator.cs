namespace Polis.Platform.Devices;

/// <summary>Field rules for device profiles.</summary>
public static class ProfileValidator
{
    public static Dictionary<string, string[]> Validate(DeviceProfile profile)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!DeviceValidator.IdPattern().IsMatch(profile.Id ?? string.Empty) || profile.Id!.Length > 64)
        {
            errors["id"] = ["Profile ids are 1 to 64 letters, digits, '.', '_', ':' or '-'."];
        }

        if (string.IsNullOrWhiteSpace(profile.Name) || profile.Name.Length > 200)
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }

        if (profile.ReportingIntervalSeconds is < 1 or > 31 * 86_400)
        {
            errors["reportingIntervalSeconds"] = ["The reporting interval is 1 second to 31 days."];
        }

        if (profile.InactivityTimeoutSeconds is < 1 or > 62 * 86_400)
        {
            errors["inactivityTimeoutSeconds"] = ["The inactivity timeout is 1 second to 62 days."];
        }

        var telemetry = profile.Telemetry ?? [];
        var problems = new List<string>();
        if (telemetry.Count > 500)
        {
            problems.Add("At most 500 telemetry keys.");
        }

        foreach (var duplicate in telemetry.GroupBy(k => k.Key).Where(g => g.Count() > 1))
        {
            problems.Add($"Key '{duplicate.Key}' is declared twice.");
        }

        foreach (var key in telemetry)
        {
            if (string.IsNullOrWhiteSpace(key.Key) || key.Key.Length > 128)
            {
                problems.Add("Every key needs a name of 1 to 128 characters.");
            }
            else if (key.Min > key.Max)
            {
                problems.Add($"Key '{key.Key}': min must not exceed max.");
            }
            else if ((key.Min is { } min && !double.IsFinite(min)) || (key.Max is { } max && !double.IsFinite(max)))
            {
                problems.Add($"Key '{key.Key}': min and max must be finite numbers.");
            }
        }

        if (problems.Count > 0)
        {
            errors["telemetry"] = [.. problems];
        }

        if (CommandProblems(profile.Commands) is { Count: > 0 } commandProblems)
        {
            errors["commands"] = [.. commandProblems];
        }

        return errors;
    }

    private static List<string> CommandProblems(IReadOnlyList<CommandDefinition>? commands)
    {
        var problems = new List<string>();
        if (commands is null)
        {
            return problems;
        }

        if (commands.Count > 100)
        {
            problems.Add("At most 100 commands.");
        }

        foreach (var command in commands)
        {
            if (string.IsNullOrWhiteSpace(command.Method) || command.Method.Length > 128 || command.Method.Any(char.IsControl))
            {
                problems.Add("Every command needs a method of 1 to 128 printable characters.");
            }
            else if (command.Description is { Length: > 500 })
            {
                problems.Add($"Command '{command.Method}': the description is at most 500 characters.");
            }
        }

        problems.AddRange(commands.GroupBy(c => c.Method, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"Command '{g.Key}' is declared twice."));
        return problems;
    }
}
