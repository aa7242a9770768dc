// Remembers every file of the project before the build, so verify.groovy can tell what the build added.
def files = []
basedir.eachFileRecurse { if (it.isFile()) files << basedir.toPath().relativize(it.toPath()).toString() }
new File(basedir, 'files-before-build.txt').text = files.sort().join('\n')
return true
