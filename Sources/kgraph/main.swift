import KGraphCLI

KGraph.runMain()
