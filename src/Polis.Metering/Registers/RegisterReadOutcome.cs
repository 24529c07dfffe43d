namespace Polis.Metering.Registers;

/// <summary>What register conversion did with one input read: every read gets exactly one outcome.</summary>
public enum RegisterReadOutcome : byte
{
    /// <summary>Used as a point of the register curve.</summary>
    Used,

    /// <summary>Used, but it arrived after a read with a later timestamp (the reads were sorted first).</summary>
    UsedOutOfOrder,

    /// <summary>Same instant and same value as a read that was used: ignored.</summary>
    Duplicate,

    /// <summary>Same instant as a read with another value; the last one received was used and the intervals around it flagged.</summary>
    Superseded,

    /// <summary>Taken outside the meter's installation: not used.</summary>
    OutsideInstallation,

    /// <summary>Not a register value (negative, NaN or infinite): not used.</summary>
    Rejected,
}
