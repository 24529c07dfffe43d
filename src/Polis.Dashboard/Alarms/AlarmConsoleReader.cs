using Polis.Platform.Alarms;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Alarms;

/// <summary>
/// Reads the alarm console's list and detail from the alarm store, in process. Only signed-in circuits reach it:
/// every dashboard page and the circuit hub require the dashboard cookie.
/// </summary>
public sealed class AlarmConsoleReader(IAlarmStore alarms, TimeProvider time)
{
    public const int PageSize = 25;

    public Task<Page<Alarm>> ListAsync(AlarmConsoleFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return alarms.QueryAsync(filter.ToQuery(PageSize, time.GetUtcNow()), cancellationToken);
    }

    public async Task<AlarmDetail?> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await alarms.GetAsync(id, cancellationToken) is not { } alarm)
        {
            return null;
        }

        var history = await alarms.GetHistoryAsync(id, cancellationToken);
        return new AlarmDetail(alarm, [.. history.OrderBy(e => e.At).ThenBy(e => e.Id)]);
    }
}
