using Microsoft.Extensions.Options;
using Polis.Platform.Devices;
using Polis.Platform.Ingest;

namespace Polis.Platform.Commands.Groups;

/// <summary>
/// Turns a group request into a plan (validated command, target, pace, devices) and starts it. Everything is
/// checked before anything is stored or sent: a refused request leaves no trace.
/// </summary>
public sealed class GroupCommandPlanner(
    GroupTargetResolver resolver,
    DeviceProfileCache profiles,
    IGroupCommandStore store,
    GroupCommandRunner runner,
    IDeviceSessions sessions,
    IOptions<GroupCommandOptions> options,
    IOptions<CommandOptions> commandOptions,
    IOptions<GatewayOptions> gateway,
    TimeProvider timeProvider)
{
    public IDeviceSessions Sessions => sessions;

    public async Task<GroupPlan> PlanAsync(GroupCommandRequest? request, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request is null)
        {
            errors["body"] = ["A JSON body with target and command is required."];
            return GroupPlan.Invalid(errors);
        }

        var (target, targetErrors) = GroupTargetParser.Parse(request.Target);
        var (command, commandErrors) = RpcRequestValidator.Validate(request.Command, null, commandOptions.Value, timeProvider.GetUtcNow().ToUnixTimeMilliseconds(), gateway.Value.MaxPayloadBytes);
        foreach (var (key, messages) in targetErrors.Concat(commandErrors.Select(e => KeyValuePair.Create("command." + e.Key, e.Value))))
        {
            errors[key] = messages;
        }

        var rate = request.RatePerSecond ?? options.Value.DefaultRatePerSecond;
        if (!double.IsFinite(rate) || rate <= 0 || rate > options.Value.MaxRatePerSecond)
        {
            errors["ratePerSecond"] = [$"ratePerSecond is above 0 and at most {options.Value.MaxRatePerSecond}."];
        }

        if (errors.Count > 0)
        {
            return GroupPlan.Invalid(errors);
        }

        var devices = await resolver.ResolveAsync(target!, options.Value.MaxDevices, cancellationToken);
        foreach (var profileDevices in devices.GroupBy(d => d.ProfileId, StringComparer.Ordinal))
        {
            if (await profiles.GetAsync(profileDevices.Key, cancellationToken) is { } profile && ProfileCommands.Refusal(profile, command!.Method) is { } refusal)
            {
                var problems = errors.TryGetValue("command.method", out var found) ? found : [];
                errors["command.method"] = [.. problems, $"{refusal} The target selects {profileDevices.Count()} of them; narrow it with profileId."];
            }
        }

        return errors.Count > 0 ? GroupPlan.Invalid(errors) : new GroupPlan(target, command, rate, devices, errors);
    }

    public async Task<GroupCommand> StartAsync(GroupPlan plan, string? createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var group = new GroupCommand(
            Guid.NewGuid(), plan.Command!, TargetJson(plan.Target!), plan.RatePerSecond, GroupCommandStatus.Running,
            plan.Devices.Count, createdBy, timeProvider.GetUtcNow(), null);
        await store.CreateAsync(group, [.. plan.Devices.Select(d => d.Id)], cancellationToken);
        runner.Start(group);
        return group;
    }

    private static string TargetJson(GroupTarget target) => System.Text.Json.JsonSerializer.Serialize(new
    {
        profileId = target.ProfileId,
        district = target.District,
        label = target.Label,
        polygon = target.AreaGeoJson is null ? null : System.Text.Json.Nodes.JsonNode.Parse(target.AreaGeoJson),
    });
}
