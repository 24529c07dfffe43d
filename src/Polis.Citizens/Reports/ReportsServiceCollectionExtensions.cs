using Microsoft.Extensions.DependencyInjection;

namespace Polis.Citizens.Reports;

/// <summary>The reports part of the citizens module: its services (its stores are registered by the storage project).</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddCitizensReports(this IServiceCollection services) => services;
}
