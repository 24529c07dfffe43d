using Microsoft.Extensions.DependencyInjection;
using Polis.Citizens.EServices.Api;
using Polis.Citizens.EServices.Attachments;

namespace Polis.Citizens.EServices;

/// <summary>The e-services part of the citizens module (its stores are registered by the storage project).</summary>
public static class EServicesServiceCollectionExtensions
{
    /// <summary>Needs the reports part's <see cref="Reports.Photos.PhotoSanitiser"/>: attachments that are photos go through it.</summary>
    public static IServiceCollection AddCitizensEServices(this IServiceCollection services)
    {
        services.AddOptions<EServiceOptions>().BindConfiguration(EServiceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AttachmentInspector>();
        services.AddSingleton<AttachmentIntake>();
        services.AddSingleton<EServiceSubmissions>();
        return services;
    }
}
