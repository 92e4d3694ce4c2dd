using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// A clock that counts the CPU time of this process (Linux <c>CLOCK_PROCESS_CPUTIME_ID</c>) instead of wall time:
/// on a machine shared with other work, time the benchmark spends waiting for a core does not count. Meant for
/// the in-memory pairs, which never wait on I/O, so their CPU time is their cost. Chosen with <c>--cpu-clock</c>.
/// </summary>
internal sealed partial class ProcessCpuClock : IClock
{
    private const int ProcessCpuTimeClockId = 2;

    public static ProcessCpuClock Instance { get; } = new();

    public string Title => "Process CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux();

    public Frequency Frequency { get; } = new(1_000_000_000);

    public long GetTimestamp()
    {
        if (ClockGetTime(ProcessCpuTimeClockId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
