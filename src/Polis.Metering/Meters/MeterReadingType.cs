namespace Polis.Metering.Meters;

/// <summary>What a meter's device reports: a cumulative register, or the consumption of each interval.</summary>
public enum MeterReadingType
{
    /// <summary>A cumulative register (the kind's register key, e.g. <c>energy</c>): consumption is register differences.</summary>
    Register,

    /// <summary>
    /// Consumption per interval (the register key + <c>Interval</c>, e.g. <c>energyInterval</c>), stamped at the
    /// interval's end (the AMI convention: the value at 10:00 is the consumption of 09:00–10:00 on an hourly meter).
    /// </summary>
    Interval,
}
