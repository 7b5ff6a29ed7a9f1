using System.Collections.Concurrent;
using System.Globalization;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Bibliography.CiteProc;

/// <summary>
/// citeproc-js embedded in this process on Jint: the same unmodified <c>citeproc_commonjs.js</c> and driver the Node
/// host runs, parsed once per process and shared by every engine. Each engine lives on its own worker thread (an engine
/// is not thread-safe) with a large stack, a recursion limit, a regular-expression timeout, a time budget (counted
/// from when its engine is built) and a memory limit; a job past either is cancelled through its engine's token, fails
/// with <see cref="CiteProcException"/> and its engine is discarded; the process carries on.
/// </summary>
public sealed class JintHost : ICiteProcHost
{
    /// <summary>Jint's recursion limit (calls of one function on the stack); deep enough for citeproc, far below the worker stack.</summary>
    public const int RecursionDepthLimit = 3000;

    /// <summary>The longest one regular expression may run; a shorter job budget lowers it to that budget, but not below <see cref="MinRegexTimeout"/>.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The least a regular expression is given, so that a tiny budget is reported as the budget, not as a regex failing.</summary>
    public static readonly TimeSpan MinRegexTimeout = TimeSpan.FromSeconds(1);

    private const int WorkerStackBytes = 256 * 1024 * 1024;

    // How often a waiting caller looks at the clock and the heap; a finished job is seen at once.
    private static readonly TimeSpan MemoryPoll = TimeSpan.FromMilliseconds(50);

    // citeproc-js ends with `module.exports = CSL` and reports warnings on `console`, which Node provides; the driver
    // reads `module.exports`. Warnings are dropped, as the Node host keeps them off its answers.
    private const string Environment = """
        var module = { exports: {} };
        var exports = module.exports;
        var console = { log: function () {}, info: function () {}, warn: function () {}, error: function () {}, debug: function () {} };
        """;

    private static readonly Lazy<Prepared<Script>[]> Prepared = new(PrepareScripts, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LocaleResolver _locales;
    private readonly Lazy<Dictionary<string, string>> _localesByTag;
    // Each locale in the form citeproc-js is handed (CslXmlJson), made on its first request and shared by the engines.
    private readonly ConcurrentDictionary<string, string> _localeJson = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Worker> _idle = new();
    private readonly SemaphoreSlim _slots;
    private readonly TimeSpan _budget;
    private readonly TimeSpan _regexTimeout;
    private readonly long _memoryLimit;
    private int _discarded;
    private int _runaways;
    private int _prestarted;
    private int _built;
    private bool _disposed;

    /// <summary>Creates a host; engines are made lazily, at most <paramref name="maxEngines"/> at a time (default: processor count).</summary>
    /// <param name="locales">The locales citeproc-js may ask for (the default resolver when null).</param>
    /// <param name="budget">How long one job may run once its engine is built (default <see cref="CiteProcLimits.DefaultJobBudget"/>).</param>
    /// <param name="maxEngines">How many engines may run at once (default: processor count).</param>
    /// <param name="memoryLimit">How many bytes of managed memory one job may add (default: <see cref="CiteProcLimits.MemoryLimitMegabytes"/>).</param>
    public JintHost(LocaleResolver? locales = null, TimeSpan? budget = null, int? maxEngines = null, long? memoryLimit = null)
    {
        _memoryLimit = memoryLimit ?? CiteProcLimits.MemoryLimitMegabytes() * 1024L * 1024;
        _locales = locales ?? LocaleResolver.Default;
        // Exact tags, as the driver's own locale map (setLocales on Node) is keyed: the resolver ignores case.
        _localesByTag = new Lazy<Dictionary<string, string>>(() => new Dictionary<string, string>(_locales.All, StringComparer.Ordinal));
        _budget = budget ?? CiteProcLimits.DefaultJobBudget;
        // A regular expression cannot be cancelled by the token: its own timeout bounds what a runaway one spends past the budget.
        _regexTimeout = _budget < MinRegexTimeout ? MinRegexTimeout : _budget < RegexTimeout ? _budget : RegexTimeout;
        var max = Math.Max(1, maxEngines ?? System.Environment.ProcessorCount);
        _slots = new SemaphoreSlim(max, max);
        MaxConcurrentJobs = max;
    }

    /// <inheritdoc />
    public string Name => "Jint";


    /// <inheritdoc />
    public LocaleResolver Locales => _locales;

    /// <inheritdoc />
    public int MaxConcurrentJobs { get; }

    /// <summary>How many engines were thrown away after a timeout, the memory limit or a host failure (for tests and diagnostics).</summary>
    public int DiscardedEngines => Volatile.Read(ref _discarded);

    /// <summary>How many engines were built and loaded with citeproc-js (for tests and diagnostics).</summary>
    public int EnginesBuilt => Volatile.Read(ref _built);

    /// <summary>How many abandoned jobs are still running on their worker thread (they stop at their next statement).</summary>
    public int RunawayJobs => Volatile.Read(ref _runaways);

    /// <summary>Parses the shared scripts now rather than on first use (e.g. before timing a benchmark).</summary>
    public static void Warm() => _ = Prepared.Value;

    /// <inheritdoc />
    public string Invoke(string function, string jsonArgument)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _slots.Wait();
        Worker? worker = null;
        try
        {
            if (!_idle.TryTake(out worker)) worker = new Worker(this);
            var result = worker.Run(function, jsonArgument, _budget, _memoryLimit);
            _idle.Add(worker);
            worker = null;
            return result;
        }
        finally
        {
            if (worker is not null)
            {
                worker.Abandon();
                Interlocked.Increment(ref _discarded);
            }
            _slots.Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>One engine, once: it waits in the idle pool with its thread already building it, so the first job
    /// queues behind the build instead of starting a second engine.</remarks>
    public void Prestart()
    {
        if (_disposed || Interlocked.Exchange(ref _prestarted, 1) == 1 || !_idle.IsEmpty) return;
        _idle.Add(new Worker(this, buildNow: true));
    }

    /// <inheritdoc />
    /// <remarks>The request queues on the prestarted engine's thread, ahead of the first job, which then finds the
    /// citeproc engine built. Building one for a style is most of a first note's time.</remarks>
    public void Prepare(string jsonArgument)
    {
        if (_disposed) return;
        Prestart();
        if (_idle.TryPeek(out var worker)) worker.Prepare("prepare", jsonArgument);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var w)) w.Stop();
    }

    private string? LocaleForCiteProc(string tag) =>
        _localesByTag.Value.TryGetValue(tag, out var xml) ? _localeJson.GetOrAdd(tag, _ => CslXmlJson.ForCiteProc(xml)) : null;

    private static Prepared<Script>[] PrepareScripts()
    {
        StartupTimeline.Mark("Jint: parsing the scripts");
        // Without Jint's static analysis a prepared script costs about a plain parse; each engine works out what it
        // would have published on first use. Worth it for the few engines a run makes: a one-note cold start's engine
        // thread, to the rendered note, 2.38-2.45 s CPU against 2.46-2.58 s (three alternated pairs, load 46-54).
        var options = new ScriptPreparationOptions { StaticAnalysis = false };
        Prepared<Script>[] scripts =
        [
            Engine.PrepareScript(Environment, "environment.js", options: options),
            Engine.PrepareScript(CiteProcResources.NodeCiteProc, "citeproc.js", options: options),
            Engine.PrepareScript(CiteProcResources.Driver, "driver.js", options: options),
        ];
        StartupTimeline.Mark("Jint: scripts parsed");
        return scripts;
    }

    /// <summary>One engine on one dedicated thread; jobs are handed over and awaited with a budget.</summary>
    private sealed class Worker
    {
        private readonly JintHost _host;
        private readonly BlockingCollection<Job> _jobs = new();
        private readonly object _state = new();

        // The engine's cancellation token: cancelled when its job is abandoned, which stops the script at its next
        // statement. An engine is never used again after that, so one token serves its whole life.
        private readonly CancellationTokenSource _cancel = new();

        // Set once the engine is built: the job budget starts there, not at the queueing.
        private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private readonly bool _buildNow;
        private volatile bool _abandoned;
        private bool _busy;
        private bool _countedRunaway;
        private Engine? _engine;
        private ObjectInstance? _driver;

        public Worker(JintHost host, bool buildNow = false)
        {
            _host = host;
            _buildNow = buildNow;
            var thread = new Thread(Loop, WorkerStackBytes) { IsBackground = true, Name = "citeproc-jint" };
            thread.Start();
        }

        public string Run(string function, string json, TimeSpan budget, long memoryLimit)
        {
            var job = new Job(function, json);
            _jobs.Add(job);
            try
            {
                // Building the engine (loading citeproc-js) has the start-up allowance; the job's budget runs from when
                // the engine is ready, and covers a queued Prepare of the same style, which is work the job needs.
                if (Task.WaitAny([_ready.Task, job.Done.Task], CiteProcLimits.StartupBudget) == -1)
                    throw new CiteProcException(CiteProcErrorKind.Timeout,
                        $"the Jint engine did not start within {CiteProcLimits.StartupBudget.TotalSeconds:0.#} s; it was discarded");
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var memory = new MemoryWatch(memoryLimit);
                while (!job.Done.Task.Wait(MemoryPoll))
                {
                    if (clock.Elapsed >= budget)
                        throw new CiteProcException(CiteProcErrorKind.Timeout,
                            $"citeproc-js ({function}) did not finish within {budget.TotalSeconds:0.#} s; the job was stopped and its engine discarded");
                    if (memory.Exceeded())
                        throw new CiteProcException(CiteProcErrorKind.Memory,
                            CiteProcLimits.MemoryExceeded("", function, memory.Limit / (1024 * 1024), "its engine was discarded"));
                }
            }
            catch (AggregateException e) when (e.InnerException is not null)
            {
                // Task.Wait wraps the job's own CiteProcException; callers are promised the typed error itself.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            return job.Done.Task.GetAwaiter().GetResult();
        }

        public void Abandon()
        {
            lock (_state)
            {
                _abandoned = true;
                if (_busy && !_countedRunaway)
                {
                    _countedRunaway = true;
                    Interlocked.Increment(ref _host._runaways);
                }
            }
            _cancel.Cancel();
            _jobs.CompleteAdding();
        }

        public void Stop() => _jobs.CompleteAdding();

        /// <summary>Queues a job nobody waits for; a worker already stopped or discarded ignores it.</summary>
        public void Prepare(string function, string json)
        {
            try
            {
                _jobs.Add(new Job(function, json) { Background = true });
            }
            catch (InvalidOperationException)
            {
            }
        }

        private void Loop()
        {
            if (_buildNow)
            {
                // A failed early build is left for the first job, which builds again and reports the error.
                try
                {
                    EnsureEngine();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                }
            }
            foreach (var job in _jobs.GetConsumingEnumerable())
            {
                lock (_state) _busy = true;
                try
                {
                    if (!RunJob(job))
                    {
                        // A background job that broke its engine leaves a new one to the next job; nobody waits for it.
                        if (job.Background && !_abandoned)
                        {
                            _engine = null;
                            _driver = null;
                            continue;
                        }
                        return;
                    }
                }
                finally
                {
                    lock (_state)
                    {
                        _busy = false;
                        if (_countedRunaway)
                        {
                            _countedRunaway = false;
                            Interlocked.Decrement(ref _host._runaways);
                        }
                    }
                }
            }
        }

        /// <summary>Runs one job; false when the engine must not be used again.</summary>
        private bool RunJob(Job job)
        {
            try
            {
                var (engine, driver) = EnsureEngine();
                StartupTimeline.Mark($"Jint: {job.Function} begins");
                var fn = driver.Get(job.Function);
                var result = fn is Jint.Native.Function.Function
                    ? engine.Invoke(fn, driver, [job.Json]).AsString()
                    : Newtonsoft.Json.JsonConvert.SerializeObject(new { error = "unknown driver function " + job.Function });
                StartupTimeline.Mark($"Jint: {job.Function} done");
                job.Done.TrySetResult(result);
                return !_abandoned;
            }
            catch (JavaScriptException e)
            {
                job.Done.TrySetException(new CiteProcException(CiteProcErrorKind.Host, $"citeproc-js failed in {job.Function}: {e.Message}", inner: e));
                return !_abandoned;
            }
            catch (ExecutionCanceledException e)
            {
                // Only an abandoned job is cancelled, and its caller has already been told why.
                job.Done.TrySetException(new CiteProcException(CiteProcErrorKind.Timeout, $"citeproc-js ({job.Function}) was stopped", inner: e));
                return false;
            }
            catch (Exception e) when (e is RecursionDepthOverflowException or InsufficientExecutionStackException or System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                job.Done.TrySetException(new CiteProcException(CiteProcErrorKind.Timeout,
                    $"citeproc-js ({job.Function}) was stopped (recursion deeper than {RecursionDepthLimit} calls, or a regular expression past its time limit): {e.Message}", inner: e));
                return false;
            }
            catch (Exception e)
            {
                job.Done.TrySetException(new CiteProcException(CiteProcErrorKind.Host, $"the Jint host failed in {job.Function}: {e.Message}", inner: e));
                return false;
            }
        }

        private (Engine Engine, ObjectInstance Driver) EnsureEngine()
        {
            if (_engine is { } built && _driver is { } driver) return (built, driver);
            var engine = CreateEngine();
            Interlocked.Increment(ref _host._built);
            _engine = engine;
            _driver = engine.GetValue("BibDriver").AsObject();
            _ready.TrySetResult();
            return (engine, _driver);
        }

        private Engine CreateEngine()
        {
            var host = _host;
            var engine = new Engine(options =>
            {
                options.LimitRecursion(RecursionDepthLimit);
                // Deep recursion through several functions is not counted by the limit: the stack probe stops it with
                // a RangeError before the process would die.
                options.Constraints.StackOverflowGuard = true;
                options.Constraints.RegexTimeout = host._regexTimeout;
                options.CancellationToken(_cancel.Token);
                // Output must not depend on the machine: dates and number formatting as on any other.
                options.Culture = CultureInfo.InvariantCulture;
                options.TimeZone = TimeZoneInfo.Utc;
            });
            // Jint's localeCompare and Intl.Collator take ignorePunctuation but do not apply it ("(fond 7" sorts before "Dni"
            // where V8 puts it after), so the driver sorts through .NET's ICU collation, as on V8.
            engine.SetValue("__bibHostCompare", new Func<string, string, string, string, bool, bool, int>(Collation.Compare));
            // Locales are handed over one by one when citeproc asks, instead of parsing all of them into every engine,
            // each in the JSON form of its tree (CslXmlJson), which citeproc reads without its own XML reader.
            engine.SetValue("__bibHostLocale", new Func<string, string?>(host.LocaleForCiteProc));
            StartupTimeline.Mark("Jint: engine made");
            foreach (var script in Prepared.Value) engine.Execute(script);
            StartupTimeline.Mark("Jint: citeproc-js loaded");
            return engine;
        }
    }

    private sealed record Job(string Function, string Json)
    {
        /// <summary>Queued by <see cref="Prepare"/>: no caller waits for its result.</summary>
        public bool Background { get; init; }

        public TaskCompletionSource<string> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
