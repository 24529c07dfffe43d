using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Polis.Platform.Identity;

namespace Polis.Citizens.Residents.Api;

/// <summary>Self-registration: checks the request, then creates the user and gives them the resident role in one transaction.</summary>
public static class ResidentRegistration
{
    public static Dictionary<string, string[]> Validate(RegisterResidentRequest? request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request?.Email is not { Length: > 0 and <= 254 } email || !MailAddress.TryCreate(email.Trim(), out var address) || address.Address != email.Trim())
        {
            errors["email"] = ["A valid email address is required."];
        }

        if (string.IsNullOrEmpty(request?.Password))
        {
            errors["password"] = ["A password is required (at least 12 characters)."];
        }

        if (string.IsNullOrWhiteSpace(request?.DisplayName) || request.DisplayName.Trim().Length > 100 || request.DisplayName.Any(c => c is '<' or '>'))
        {
            errors["displayName"] = ["A display name of at most 100 characters, without < or >, is required."];
        }

        return errors;
    }

    /// <summary>The created user, or Identity's errors (duplicate email, weak password) with nothing stored.</summary>
    public static async Task<(PolisUser? User, Dictionary<string, string[]>? Errors)> CreateAsync(
        RegisterResidentRequest request, UserManager<PolisUser> users, PolisIdentityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(db);
        var email = request.Email!.Trim();
        // Email not confirmed: nothing here proves the address; verification by staff is what grants a vote.
        var user = new PolisUser { UserName = email, Email = email, DisplayName = request.DisplayName!.Trim() };

        // The password is checked and hashed before the transaction: hashing takes the better part of a CPU-bound
        // 100 ms, and inside the transaction it held identity.db's write lock, so a burst of sign-ups timed out on it.
        var failures = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            failures.AddRange((await validator.ValidateAsync(users, user, request.Password!)).Errors);
        }

        if (failures.Count > 0)
        {
            return (null, Errors(failures));
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, request.Password!);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (transaction)
        {
            var result = await users.CreateAsync(user);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, PolisRoles.Resident);
            }

            if (!result.Succeeded)
            {
                return (null, Errors(result.Errors));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return (user, null);
    }

    private static Dictionary<string, string[]> Errors(IEnumerable<IdentityError> errors) =>
        errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}
