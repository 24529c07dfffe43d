using Microsoft.AspNetCore.Identity;

namespace Polis.Platform.Identity;

/// <summary>An operator account: someone who signs in to the operations centre or the API.</summary>
public sealed class PolisUser : IdentityUser
{
    /// <summary>Name shown in the dashboard and audit trails; the email when not set.</summary>
    [PersonalData]
    public string? DisplayName { get; set; }
}
