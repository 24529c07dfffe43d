using System.ComponentModel.DataAnnotations;

namespace Polis.Platform.Identity;

/// <summary>
/// The first administrator, under <c>Polis:Admin</c>. Used only while no admin exists; once one does,
/// changing these values never resets it (use the users API instead).
/// </summary>
public sealed class AdminOptions
{
    public const string SectionName = "Polis:Admin";

    /// <summary>The address used when <see cref="Email"/> is not configured.</summary>
    public const string DefaultEmail = "admin@polis.local";

    /// <summary>The first admin's email; <see cref="DefaultEmail"/> when not set.</summary>
    [EmailAddress]
    public string? Email { get; set; }

    /// <summary>The first admin's password; when not set a random one is generated and printed once.</summary>
    public string? Password { get; set; }
}
