using Microsoft.Extensions.DependencyInjection;
using Polis.Dashboard.Citizens.EServices;
using Polis.Dashboard.Citizens.Operations;
using Polis.Dashboard.Citizens.Polls;
using Polis.Dashboard.Citizens.Reports;

namespace Polis.Dashboard.Citizens;

/// <summary>Registers the services of the citizens pages. The citizens module itself is added by the host (<c>AddPolisCitizens</c>).</summary>
internal static class CitizensPagesServices
{
    public static IServiceCollection AddCitizensPages(this IServiceCollection services)
    {
        services.AddScoped<ResidentPolls>();
        services.AddScoped<PollAdministration>();
        services.AddScoped<ReportQueueReader>().AddScoped<ReportDesk>().AddScoped<ReportModerator>();
        services.AddScoped<ResidentReports>().AddScoped<ResidentInbox>().AddScoped<ResidentRequests>();
        return services;
    }
}
