namespace Polis.LoadTest;

public enum RpcCallStatus
{
    /// <summary>The device's answer came back and echoed the call's seq.</summary>
    Answered,

    /// <summary>An answer came back with another seq (or none).</summary>
    Mismatch,

    /// <summary>No answer within the call timeout (Polis: 504).</summary>
    TimedOut,

    /// <summary>Any other failure: HTTP status, refused publish, broken connection.</summary>
    Failed,
}
