namespace Polis.Platform.Ingest;

/// <summary>Why a device message was refused; each maps to an MQTT 5 reason code and an HTTP status.</summary>
public enum RejectionReason
{
    /// <summary>Not JSON, or not one of the accepted telemetry shapes.</summary>
    MalformedPayload,

    /// <summary>A value of the wrong JSON type for its key (e.g. a string where the profile expects a number).</summary>
    InvalidValue,

    /// <summary>A numeric value outside the range the device profile declares.</summary>
    OutOfRange,

    /// <summary>A timestamp further in the future than the allowed clock skew, or before 2000.</summary>
    InvalidTimestamp,

    /// <summary>The payload is larger than the gateway accepts.</summary>
    PayloadTooLarge,

    /// <summary>The device exceeded its message rate.</summary>
    RateLimited,

    /// <summary>A topic the device may not use.</summary>
    TopicNotAllowed,

    /// <summary>The store could not take the data; the device should retry.</summary>
    Unavailable,
}
