using System.CommandLine;
using Bibliography.CiteProc.Styles;
using Bibliography.Training.Synthesis;

var seed = new Option<int>("--seed") { Description = "Seed of the run (same seed, same inputs: the same file).", DefaultValueFactory = _ => 1 };
var count = new Option<int>("--count") { Description = "Number of footnotes to write.", DefaultValueFactory = _ => 1000 };
var output = new Option<string>("--out") { Description = "The JSON Lines file to write.", Required = true };
var stylesDir = new Option<string>("--styles-dir") { Description = "Folder of CSL styles.", DefaultValueFactory = _ => StyleSearchOptions.DebianStylesDirectory };
var generate = new Command("generate", "Render synthetic footnotes through CSL styles and write them with labelled spans.") { seed, count, output, stylesDir };
generate.SetAction(r => Generator.RunToFile(new GenerationOptions(r.GetValue(seed), r.GetValue(count), r.GetValue(stylesDir)), r.GetValue(output)!, Console.Error));
var root = new RootCommand("Bibliography training tools: synthetic data for the footnote labeller.") { generate };
return root.Parse(args).Invoke();
