from siapekspor.cli import main

main()
