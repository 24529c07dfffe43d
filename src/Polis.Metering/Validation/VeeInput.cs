using Polis.Metering.Readings;
using Polis.Metering.Registers;

namespace Polis.Metering.Validation;

/// <summary>
/// What VEE validates: the <see cref="Period"/> grid of one meter (or service point), its measured values — from
/// register conversion (<see cref="FromRegisters"/>, which also brings the register findings and the consumption
/// proven across gaps) or interval values as an interval meter sent them (<see cref="Measured"/>) — and the context:
/// the city's time zone, holidays and validated <see cref="History"/> before the period (load
/// <see cref="VeeOptions.HistoryDaysNeeded"/> days of it; without it, history checks and like-day estimates are skipped).
/// </summary>
public sealed record VeeInput(IntervalGrid Period, TimeZoneInfo TimeZone)
{
    /// <summary>Register conversion of the period (its grid must be <see cref="Period"/>); null for interval meters.</summary>
    public RegisterConversion? Registers { get; init; }

    /// <summary>Measured interval values on the period grid, when there is no register conversion.</summary>
    public IReadOnlyList<IntervalValue> Measured { get; init; } = [];

    /// <summary>Validated values before the period, on the same step, any quality (only Valid and Edited ones are learnt from).</summary>
    public IReadOnlyList<IntervalValue> History { get; init; } = [];

    /// <summary>Local dates that count as Sundays for like days and the usage band.</summary>
    public IReadOnlySet<DateOnly> Holidays { get; init; } = new HashSet<DateOnly>();

    /// <summary>The actor VEE's own audit entries name.</summary>
    public string Actor { get; init; } = "vee";

    public static VeeInput FromRegisters(RegisterConversion conversion, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        return new VeeInput(conversion.Grid, timeZone) { Registers = conversion };
    }
}
