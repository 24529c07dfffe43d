namespace Polis.Contracts.Devices;

/// <summary>
/// Who owns an attribute, as in ThingsBoard: the device reports client attributes; operators and
/// applications set server attributes (the device never sees them) and shared attributes (the desired
/// state, pushed to the device when they change) through the API.
/// </summary>
public enum AttributeScope
{
    Client = 0,
    Server = 1,
    Shared = 2,
}
