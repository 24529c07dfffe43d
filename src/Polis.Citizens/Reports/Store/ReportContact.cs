namespace Polis.Citizens.Reports.Store;

/// <summary>Who reported a problem and how to reach them, as the Open311 client sent it; every field optional.</summary>
public sealed record ReportContact(string? Email, string? FirstName, string? LastName, string? Phone, string? DeviceId, string? AccountId)
{
    public static ReportContact None { get; } = new(null, null, null, null, null, null);
}
