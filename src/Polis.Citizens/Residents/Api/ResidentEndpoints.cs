using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Polls.Api;
using Polis.Platform.Identity;

namespace Polis.Citizens.Residents.Api;

/// <summary>
/// Residents' profiles: anonymous self-registration (an unverified resident account), verification by city staff against
/// the population register (write policy; revocable) and the resident's own profile at <c>/api/v1/me/profile</c>.
/// </summary>
public static class ResidentEndpoints
{
    public static IEndpointRouteBuilder MapResidentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/residents").WithTags("Residents");
        group.MapPost("/register", RegisterAsync).AllowAnonymous().WithName("RegisterResident")
            .WithSummary("Creates an unverified resident account (email, password, display name); rate-limited per client address.");
        group.MapGet("/{userId}/verification", GetVerificationAsync).RequireAuthorization(PolisPolicies.Read).WithName("GetResidentVerification")
            .WithSummary("A resident's profile and verification.");
        group.MapPost("/{userId}/verification", VerifyAsync).RequireAuthorization(PolisPolicies.Write).WithName("VerifyResident")
            .WithSummary("Records the resident's district and birth date as checked against the population register.");
        group.MapDelete("/{userId}/verification", RevokeAsync).RequireAuthorization(PolisPolicies.Write).WithName("RevokeResidentVerification")
            .WithSummary("Revokes a verification: the resident can no longer vote (ballots already cast stay).");
        endpoints.MapGet("/api/v1/me/profile", GetMineAsync).RequireAuthorization(PolisPolicies.Resident).WithTags("Residents")
            .WithName("GetMyProfile").WithSummary("The signed-in resident's profile and verification.");
        return endpoints;
    }

    public static async Task<Results<Created<ProfileResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterResidentRequest request, HttpContext http, RegistrationLimiter limiter, UserManager<PolisUser> users, PolisIdentityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(users);
        if (!limiter.TryAcquire(http?.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
        {
            return PollProblems.TooManyRequests("Too many registrations from this address; try again in a minute. Nothing was stored.");
        }

        if (ResidentRegistration.Validate(request) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await ResidentRegistration.CreateAsync(request, users, db, cancellationToken);
        return result.User is { } user
            ? TypedResults.Created("/api/v1/me/profile", new ProfileResponse(user.Id, user.Email, user.DisplayName, false, null, null, null))
            : TypedResults.ValidationProblem(result.Errors!);
    }

    public static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> GetVerificationAsync(
        string userId, UserManager<PolisUser> users, IResidentProfileStore profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        return await ResidentAsync(users, userId) is { } user
            ? TypedResults.Ok(await ProfileAsync(user, profiles, cancellationToken))
            : PollProblems.NotFound("resident", userId);
    }

    public static async Task<Results<Ok<ProfileResponse>, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        string userId, VerificationRequest request, ClaimsPrincipal staff, UserManager<PolisUser> users, IResidentProfileStore profiles,
        TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (await ResidentAsync(users, userId) is not { } user)
        {
            return PollProblems.NotFound("resident", userId);
        }

        if (string.IsNullOrWhiteSpace(request?.DistrictId) || request.DistrictId.Trim().Length > 100)
        {
            return PollProblems.Invalid("districtId", "districtId is required (at most 100 characters): the district the population register places the resident in.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (request.BirthDate is not { } birthDate || birthDate > today || birthDate < today.AddYears(-150))
        {
            return PollProblems.Invalid("birthDate", "birthDate is required, written yyyy-MM-dd, not in the future and at most 150 years ago.");
        }

        await profiles.SaveAsync(new ResidentProfile(user.Id, request.DistrictId.Trim(), birthDate, time.GetUtcNow(), staff.ActorName()), cancellationToken);
        return TypedResults.Ok(await ProfileAsync(user, profiles, cancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string userId, IResidentProfileStore profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        return await profiles.DeleteAsync(userId, cancellationToken) ? TypedResults.NoContent() : PollProblems.NotFound("verified resident", userId);
    }

    public static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> GetMineAsync(
        ClaimsPrincipal user, UserManager<PolisUser> users, IResidentProfileStore profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        return await users.FindByIdAsync(userId) is { } account
            ? TypedResults.Ok(await ProfileAsync(account, profiles, cancellationToken))
            : PollProblems.NotFound("resident", userId);
    }

    private static async Task<PolisUser?> ResidentAsync(UserManager<PolisUser> users, string userId) =>
        await users.FindByIdAsync(userId) is { } user && await users.IsInRoleAsync(user, PolisRoles.Resident) ? user : null;

    private static async Task<ProfileResponse> ProfileAsync(PolisUser user, IResidentProfileStore profiles, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(user.Id, cancellationToken);
        return new ProfileResponse(user.Id, user.Email, user.DisplayName, profile is not null, profile?.DistrictId, profile?.BirthDate, profile?.VerifiedAt);
    }
}
