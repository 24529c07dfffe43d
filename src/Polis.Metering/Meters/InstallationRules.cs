namespace Polis.Metering.Meters;

/// <summary>
/// When installations may coexist: a meter is in one place at a time, and a service point has one meter of each kind
/// at a time (its electricity meter and its water meter may overlap, two water meters may not). Periods are half-open,
/// so an exchange's old installation ending at the instant the new one starts is no clash.
/// </summary>
public static class InstallationRules
{
    /// <summary>
    /// The first clash of <paramref name="candidate"/> with <paramref name="meterInstallations"/> (its meter's, anywhere)
    /// or <paramref name="siteInstallations"/> (those at its service point of meters of its kind); itself (same id) excepted.
    /// </summary>
    public static InstallationSave Check(Installation candidate, IEnumerable<Installation> meterInstallations, IEnumerable<Installation> siteInstallations)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(meterInstallations);
        ArgumentNullException.ThrowIfNull(siteInstallations);
        if (meterInstallations.FirstOrDefault(other => Clashes(candidate, other)) is { } elsewhere)
        {
            return new InstallationSave(InstallationOutcome.MeterBusy, Clash: elsewhere);
        }

        return siteInstallations.FirstOrDefault(other => other.MeterId != candidate.MeterId && Clashes(candidate, other)) is { } here
            ? new InstallationSave(InstallationOutcome.ServicePointBusy, Clash: here)
            : new InstallationSave(InstallationOutcome.Saved, candidate);
    }

    /// <summary>The installation of a meter in place at <paramref name="at"/> (started before it, not yet ended), or null.</summary>
    public static Installation? InstalledAt(IEnumerable<Installation> meterInstallations, DateTimeOffset at) =>
        meterInstallations.FirstOrDefault(i => i.From < at && (i.To is not { } to || at < to));

    /// <summary>
    /// Plans an exchange: <paramref name="old"/> (the old meter's installation in place at the exchange instant) ends
    /// there with the final read, and the new meter's starts at the same service point with the initial read, until the
    /// old one would have ended. <paramref name="siteInstallations"/> are those at the service point of meters of the
    /// kind, the old one among them.
    /// </summary>
    public static InstallationSave PlanExchange(MeterExchange exchange, Installation old, IEnumerable<Installation> newMeterInstallations, IEnumerable<Installation> siteInstallations)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(old);
        var ended = old with { To = exchange.At, FinalRead = exchange.FinalRead };
        var started = new Installation(0, exchange.NewMeterId, old.ServicePointId, exchange.At, old.To, exchange.InitialRead, FinalRead: null);
        var check = Check(started, newMeterInstallations, siteInstallations.Select(i => i.Id == old.Id ? ended : i));
        return check.Outcome == InstallationOutcome.Saved ? check with { Ended = ended } : check;
    }

    private static bool Clashes(Installation candidate, Installation other) =>
        (candidate.Id == 0 || other.Id != candidate.Id) && other.Overlaps(candidate.From, candidate.To);
}
