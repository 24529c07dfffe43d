using Orleans.Configuration;

namespace Polis.Hosting;

/// <summary>
/// The embedded silo: localhost clustering, grain state in the same SQLite file as everything else
/// (registered by AddPolisSqliteStorage). A cluster deployment swaps in ADO.NET clustering on PostgreSQL.
/// </summary>
internal static class OrleansHosting
{
    public static WebApplicationBuilder AddPolisSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(OrleansOptions.SectionName).Get<OrleansOptions>() ?? new OrleansOptions();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
            silo.AddReminders(); // durable timers; the table is SQLite's (AddPolisSqliteStorage)

            // Rule reminders have their own floor (RuleOptions.ReminderPeriod); Orleans' 1-minute minimum would override it.
            silo.Configure<ReminderOptions>(reminders => reminders.MinimumReminderPeriod = TimeSpan.FromSeconds(1));

            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = "polis";
                cluster.ServiceId = "polis";
            });

            // Twins of idle devices (a meter reporting every 15 min) are cheap to keep but not free:
            // let them go after an hour without calls; their state reloads from SQLite on the next reading.
            silo.Configure<GrainCollectionOptions>(collection => collection.CollectionAge = TimeSpan.FromHours(1));
        });
        return builder;
    }
}
