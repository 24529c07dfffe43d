namespace Polis.Platform.Rules;

/// <summary>
/// How bad the alarm a rule raises is, in the X.733 order operators know from other platforms
/// (ThingsBoard uses the same five). Serialized in lower case: <c>"critical"</c>.
/// </summary>
public enum RuleSeverity
{
    Critical = 0,
    Major = 1,
    Minor = 2,
    Warning = 3,
    Indeterminate = 4,
}
