using Microsoft.Extensions.DependencyInjection;

namespace Polis.Platform.Commands.Groups;

public static class GroupCommandServiceCollectionExtensions
{
    /// <summary>Group commands; needs the single-device command services and an <see cref="IGroupCommandStore"/>.</summary>
    public static IServiceCollection AddPolisGroupCommands(this IServiceCollection services)
    {
        services.AddOptions<GroupCommandOptions>().BindConfiguration(GroupCommandOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GroupTargetResolver>();
        services.AddSingleton<IGroupDeviceSender, GroupDeviceSender>();
        services.AddSingleton<GroupCommandPlanner>();
        services.AddSingleton<GroupCommandRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupCommandRunner>());
        return services;
    }
}
