namespace Polis.Platform.Commands;

/// <summary>
/// A command stored until the device can take it. Times are Unix ms. <see cref="TimeoutAt"/> is set when the
/// command is sent: the device must acknowledge (one-way) or answer (two-way) by then.
/// </summary>
public sealed record PersistentCommand(
    Guid Id,
    string DeviceId,
    int RequestId,
    string Method,
    string ParamsJson,
    bool OneWay,
    CommandStatus Status,
    long CreatedAt,
    long ExpiresAt,
    long TimeoutMs,
    long? TimeoutAt,
    string? ResponseJson,
    string? Error);
