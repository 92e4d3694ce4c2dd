namespace Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

/// <summary>
/// Finds the <c>redis-server</c> binary (Debian's package installs /usr/bin/redis-server; REDIS_SERVER overrides).
/// Without one, a developer's run reports the Redis tests as skipped with the reason; CI (CI=true) fails them.
/// </summary>
internal static class RedisServerLocator
{
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("REDIS_SERVER");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var paths = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return paths.Prepend("/usr/bin").Select(folder => Path.Combine(folder, "redis-server")).FirstOrDefault(File.Exists);
    }

    /// <summary>Returns the binary's path, or ends the test: ignored on a developer machine, failed in CI.</summary>
    public static string RequireOrSkip()
    {
        var path = Find();
        if (path is not null)
        {
            return path;
        }

        var reason = "redis-server is not installed (apt-get install redis-server, or set REDIS_SERVER to its path): the Redis store tests need a real server.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI must run the Redis tests: " + reason);
        }

        Assert.Ignore(reason);
        return string.Empty; // not reached: Assert.Ignore throws
    }
}
