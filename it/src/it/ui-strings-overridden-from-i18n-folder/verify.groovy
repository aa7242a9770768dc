// UI strings from src/main/blog/i18n/messages_de.properties replace the built-in German ones.

def site = new File(basedir, 'target/site')
def read = { String path ->
    def file = new File(site, path)
    assert file.isFile() : "target/site/$path was not written"
    file.getText('UTF-8')
}

def deHome = read('index.html')
assert deHome.contains('Neues aus Övelgönne')          // list.title, read as UTF-8
assert !deHome.contains('Neueste Beiträge')
assert deHome.contains('>Chronik<')                    // nav.archive
assert !deHome.contains('>Archiv<')
assert deHome.contains('Gebaut mit Logbuch – danke!')  // footer.madeWith, with its argument
// every German page has them, not only the home page
assert read('2016/06/containerdays-2016/index.html').contains('>Chronik<')
assert read('about/index.html').contains('>Chronik<')
// strings not overridden stay built in
assert deHome.contains('Startseite')

// English is untouched.
def enHome = read('en/index.html')
assert enHome.contains('>Archive<')
assert !enHome.contains('Chronik')
assert !enHome.contains('Övelgönne')
assert !enHome.contains('Gebaut mit')

return true
