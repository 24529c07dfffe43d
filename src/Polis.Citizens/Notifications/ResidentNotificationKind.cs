namespace Polis.Citizens.Notifications;

/// <summary>What a resident is told about: their report changed status, or the city added a public note to it.</summary>
public enum ResidentNotificationKind
{
    Status,
    Note,
}
