using System.ComponentModel.DataAnnotations;

namespace Polis.Cli;

/// <summary>
/// The switches of a CLI verb: its own named switches (<c>--period 2026-10</c>) apart, the rest configuration
/// switches for the host's configuration (<c>--data-dir</c> becoming <c>--Polis:DataDirectory</c>).
/// </summary>
internal static class CliArguments
{
    /// <summary>The verb's switches and the configuration switches; null on a malformed line (a value missing, a bare word).</summary>
    public static (Dictionary<string, string> Named, string[] Settings)? Parse(string[] args, IReadOnlyCollection<string> names)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 >= args.Length))
            {
                return null;
            }

            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], args[++i]);
            if (names.Contains(name))
            {
                named[name] = value;
            }
            else
            {
                settings.Add(name == "--data-dir" ? "--Polis:DataDirectory" : name);
                settings.Add(value);
            }
        }

        return (named, [.. settings]);
    }

    /// <summary>The host's configuration as a CLI verb sees it: appsettings.json beside polis.dll, environment, then the switches.</summary>
    public static IConfiguration Configuration(string[] settings) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(settings)
        .Build();

    /// <summary>An options section bound and checked by its data annotations, as the host's ValidateOnStart would.</summary>
    public static T Bind<T>(IConfiguration configuration, string section)
        where T : class, new()
    {
        var options = configuration.GetSection(section).Get<T>() ?? new T();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        return options;
    }
}
