namespace Polis.Citizens.Notifications;

/// <summary>Names of <see cref="ResidentNotificationKind"/> on the wire and in storage. Stored by name: do not rename.</summary>
public static class ResidentNotificationKinds
{
    public static string Name(ResidentNotificationKind kind) => kind switch
    {
        ResidentNotificationKind.Status => "status",
        ResidentNotificationKind.Note => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ResidentNotificationKind Parse(string name) => name switch
    {
        "status" => ResidentNotificationKind.Status,
        "note" => ResidentNotificationKind.Note,
        _ => throw new InvalidDataException($"Unknown stored notification kind '{name}'."),
    };
}
