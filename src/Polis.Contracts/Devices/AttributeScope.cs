namespace Polis.Contracts.Devices;

/// <summary>
/// Who owns an attribute, as in ThingsBoard: the device reports client attributes; operators and
/// applications set server attributes through the API.
/// </summary>
public enum AttributeScope
{
    Client = 0,
    Server = 1,
}
