namespace Polis.Platform.Devices;

/// <summary>Names of the Orleans grain storage providers the platform's grains use.</summary>
public static class StorageNames
{
    /// <summary>SQLite in the embedded default, PostgreSQL (ADO.NET) in a cluster.</summary>
    public const string Default = "polis";
}
