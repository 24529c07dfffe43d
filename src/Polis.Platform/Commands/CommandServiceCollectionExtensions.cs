using Microsoft.Extensions.DependencyInjection;

namespace Polis.Platform.Commands;

/// <summary>
/// Registers commands (RPC) to devices. Needs an <see cref="ICommandRouter"/> (the gateway's) and an
/// <see cref="ICommandStore"/> (the storage's); provides <see cref="IDeviceCommandHandler"/> to the gateway.
/// </summary>
public static class CommandServiceCollectionExtensions
{
    public static IServiceCollection AddPolisCommands(this IServiceCollection services)
    {
        services.AddOptions<CommandOptions>().BindConfiguration(CommandOptions.SectionName).ValidateDataAnnotations()
            .Validate(
                o => o.MinTimeout > TimeSpan.Zero && o.MinTimeout <= o.DefaultTimeout && o.DefaultTimeout <= o.MaxTimeout
                    && o.DefaultPersistentTtl > TimeSpan.Zero && o.DefaultPersistentTtl <= o.MaxPersistentTtl && o.SweepInterval > TimeSpan.Zero,
                "Polis:Commands needs 0 < MinTimeout <= DefaultTimeout <= MaxTimeout, 0 < DefaultPersistentTtl <= MaxPersistentTtl and SweepInterval > 0.")
            .ValidateOnStart();
        services.AddSingleton<RequestIdAllocator>();
        services.AddSingleton<PendingRpcs>();
        services.AddSingleton<RpcService>();
        services.AddSingleton<PersistentCommandService>();
        services.AddSingleton<CommandApi>();
        services.AddSingleton<DeviceCommandSender>();
        services.AddSingleton<IDeviceCommandHandler, DeviceCommandHandler>();
        services.AddHostedService<CommandExpiryService>();
        return services;
    }
}
