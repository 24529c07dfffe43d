namespace Polis.Metering.Ingest;

/// <summary>How a register read reached metering.</summary>
public enum ReadSource
{
    /// <summary>From the meter's device through the platform's device API (MQTT or HTTP), as it arrived.</summary>
    Device,

    /// <summary>Posted by a head-end system or an operator (<c>POST …/reads</c>).</summary>
    Import,

    /// <summary>Copied from the platform's telemetry history: readings sent before the device had a meter, or missed.</summary>
    Backfill,
}
