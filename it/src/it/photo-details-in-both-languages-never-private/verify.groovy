// A photo whose EXIF says how it was taken, and also who owns the camera, its serial numbers and
// where it was: the album pages of both languages show the first, each the language's way, and
// nothing of the rest; with -Dblog.photoDetails=false they show none of it.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 2

def page = { String dir, String path -> new File(basedir, "target/${dir}/${path}").getText('UTF-8') }
def de = page('site', '2016/06/elbe/index.html')
def en = page('site', 'en/2016/06/elbe/index.html')

[de, en].each { html ->
    assert html.contains('LOGBUCH Testkamera 3000') : 'the camera'
    assert html.contains('XF35mmF1.4 R') : 'the lens'
    assert html.contains('35 mm') : 'the focal length'
    assert html.contains('1/250 s') : 'the shutter'
    assert html.contains('ISO 200') : 'the ISO'
    assert html.contains('datetime="2016-06-30T18:05:00+02:00"') : 'the date taken'
    ['SERIAL-4711', 'LENSSERIAL', 'OWNER-Erika', 'Mustermann', '53.53', '9.99', 'GPS'].each {
        assert !html.contains(it) : "a page shows $it"
    }
}
assert de.contains('f/2,8') && !de.contains('f/2.8') : 'the German page writes the aperture the German way'
assert en.contains('f/2.8') && !en.contains('f/2,8') : 'the English page writes it the English way'
assert de.contains('30. Juni 2016') && en.contains('June 30, 2016')

def plainDe = page('site-without-details', '2016/06/elbe/index.html')
def plainEn = page('site-without-details', 'en/2016/06/elbe/index.html')
[plainDe, plainEn].each { html ->
    assert html.contains('strand-') : 'the photo is still shown'
    ['Testkamera', 'XF35mm', '35 mm', 'f/2', '1/250 s', 'ISO 200', 'photo-details'].each {
        assert !html.contains(it) : "-Dblog.photoDetails=false still shows $it"
    }
}
return true
