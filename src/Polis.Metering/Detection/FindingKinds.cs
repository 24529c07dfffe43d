using Polis.Platform.Alarms;

namespace Polis.Metering.Detection;

/// <summary>The platform alarm rule, name and severity of each <see cref="FindingKind"/>.</summary>
public static class FindingKinds
{
    public static string RuleIdOf(FindingKind kind) => kind switch
    {
        FindingKind.NightFlow => "metering.leak.night-flow",
        FindingKind.ContinuousFlow => "metering.leak.continuous-flow",
        FindingKind.Tamper => "metering.theft.tamper",
        FindingKind.ZeroUse => "metering.theft.zero-use",
        FindingKind.Losses => "metering.balance.losses",
        FindingKind.Spike => "metering.anomaly.spike",
        FindingKind.ChangePoint => "metering.anomaly.change-point",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown finding kind"),
    };

    public static string NameOf(FindingKind kind) => kind switch
    {
        FindingKind.NightFlow => "Leak suspected: night flow",
        FindingKind.ContinuousFlow => "Leak suspected: continuous flow",
        FindingKind.Tamper => "Meter tampering",
        FindingKind.ZeroUse => "Zero consumption at occupied premises",
        FindingKind.Losses => "Losses above threshold",
        FindingKind.Spike => "Consumption spike",
        FindingKind.ChangePoint => "Consumption level changed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown finding kind"),
    };

    /// <summary>Tampering and theft are acted on at once (Major); leaks and losses cost money daily (Minor); anomalies are for analysts (Warning).</summary>
    public static AlarmSeverity SeverityOf(FindingKind kind) => kind switch
    {
        FindingKind.Tamper or FindingKind.ZeroUse => AlarmSeverity.Major,
        FindingKind.NightFlow or FindingKind.ContinuousFlow or FindingKind.Losses => AlarmSeverity.Minor,
        _ => AlarmSeverity.Warning,
    };

    /// <summary>The API name (kebab-case): night-flow, continuous-flow, tamper, zero-use, losses, spike, change-point.</summary>
    public static string ApiName(FindingKind kind) => RuleIdOf(kind)[(RuleIdOf(kind).LastIndexOf('.') + 1)..];
}
