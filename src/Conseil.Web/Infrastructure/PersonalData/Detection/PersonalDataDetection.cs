using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

public static class PersonalDataDetection
{
    /// <summary>The scanner and its text extractor, limits from PersonalData:TextExtraction. Called by AddFiles.</summary>
    public static IServiceCollection AddPersonalDataDetection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TextExtractionOptions>().Bind(configuration.GetSection(TextExtractionOptions.Section))
            .Validate(o => o.MaxCharacters > 0 && o.MaxPages > 0 && o.MaxXmlBytes > 0,
                "PersonalData:TextExtraction : les limites doivent être positives.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new TextExtractor(sp.GetRequiredService<IOptions<TextExtractionOptions>>().Value));
        services.TryAddSingleton<PersonalDataScanner>();
        return services;
    }
}
