namespace Polis.Platform.Devices;

public enum OperationStatus
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
}
