namespace Polis.Metering.Registers;

/// <summary>
/// One meter's time at a service point, as register conversion needs it: installed at <see cref="InstalledAt"/>,
/// removed at <see cref="RemovedAt"/> (null while it is still in place). A meter exchange ends one installation and
/// starts the next; the technician's final read of the old meter and initial read of the new one close the
/// consumption across the exchange. <see cref="Capacity"/> is where the register wraps to zero (a register of 5
/// whole digits wraps at 100,000: <see cref="CapacityOfDigits"/>); without it a decrease is never taken for a rollover.
/// </summary>
public sealed record RegisterInstallation(string MeterId, DateTimeOffset InstalledAt, DateTimeOffset? RemovedAt = null)
{
    /// <summary>The register's value when the meter was installed (read at <see cref="InstalledAt"/>).</summary>
    public double? InitialRead { get; init; }

    /// <summary>The register's value when the meter was removed (read at <see cref="RemovedAt"/>).</summary>
    public double? FinalRead { get; init; }

    /// <summary>The value at which the register wraps back to zero, or null when unknown.</summary>
    public double? Capacity { get; init; }

    /// <summary>A meter in place for all time, for series that know nothing of installations.</summary>
    public static RegisterInstallation Always(string meterId, double? capacity = null) =>
        new(meterId, DateTimeOffset.MinValue) { Capacity = capacity };

    /// <summary>The capacity of a register showing <paramref name="wholeDigits"/> digits before the decimal point.</summary>
    public static double CapacityOfDigits(int wholeDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(wholeDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wholeDigits, 15);
        return Math.Pow(10, wholeDigits);
    }

    internal bool Holds(DateTimeOffset instant) => instant >= InstalledAt && (RemovedAt is not { } removed || instant <= removed);
}
